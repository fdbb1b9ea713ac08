// Quiet twin of StaticFieldPublished: the static field holds the publisher's own draft, which is copied into a new
// Flags on every publish; Enable writes only the draft.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus5a.StaticFieldPublishedQuiet;

public sealed class Flags
{
    public Dictionary<string, bool> Values { get; init; } = new();
}

public static class FeatureFlags
{
    private static readonly Dictionary<string, bool> s_draft = new();

    public static void Publish(Slot<Flags> slot)
    {
        slot.Publish(new Flags { Values = new Dictionary<string, bool>(s_draft) });
    }

    public static void Enable(string name) => s_draft[name] = true;
}
