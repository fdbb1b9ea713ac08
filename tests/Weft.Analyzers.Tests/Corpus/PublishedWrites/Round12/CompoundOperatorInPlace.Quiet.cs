// C# 14 user-defined compound assignment `operator +=` used only while the object is built, before the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.CompoundOperatorInPlaceQuiet;

public sealed class TagSet
{
    private readonly List<string> _tags = [];

    public int Count => _tags.Count;

    public void operator +=(string tag) => _tags.Add(tag);
}

public static class Tagging
{
    public static void Publish(Slot<TagSet> slot)
    {
        var tags = new TagSet();
        tags += "a";
        tags += "b";
        slot.Publish(tags);
    }
}
