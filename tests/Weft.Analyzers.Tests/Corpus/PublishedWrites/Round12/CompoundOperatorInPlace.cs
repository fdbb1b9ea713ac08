// C# 14 user-defined compound assignment: `public void operator +=` changes the instance in place, so `tags += "x"`
// after the publish writes the published object. Reading taken: reported at the `+=` or inside the operator (#escape).
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R12.CompoundOperatorInPlace;

public sealed class TagSet
{
    private readonly List<string> _tags = [];

    public int Count => _tags.Count;

    public void operator +=(string tag) => _tags.Add(tag); // expect: WEFT0002 #escape
}

public static class Tagging
{
    public static void Publish(Slot<TagSet> slot)
    {
        var tags = new TagSet();
        tags += "a";
        slot.Publish(tags);
        tags += "b"; // expect: WEFT0002 #escape
    }
}
