// WEFT0002: a static class keeps the published object in a static field: one method builds and publishes it, another
// (called later, from anywhere) writes it through the static field.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus5a.StaticFieldPublished;

public sealed class Flags
{
    public Dictionary<string, bool> Values { get; } = new();
}

public static class FeatureFlags
{
    private static Flags s_flags = new();

    public static void Publish(Slot<Flags> slot)
    {
        s_flags = new Flags();
        s_flags.Values["beta"] = false;
        slot.Publish(s_flags);
    }

    public static void Enable(string name) => s_flags.Values[name] = true; // expect: WEFT0002
}
