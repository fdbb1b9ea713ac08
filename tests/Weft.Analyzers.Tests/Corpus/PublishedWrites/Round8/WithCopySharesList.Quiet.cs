// Twin: the `with` replaces the list with a copy.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.WithCopySharesListQuiet;

public sealed record FlagSet(int Version, List<string> Enabled);

public static class Flags
{
    public static FlagSet Publish(Slot<FlagSet> slot, FlagSet flags)
    {
        slot.Publish(flags);
        var next = flags with { Version = flags.Version + 1, Enabled = new List<string>(flags.Enabled) };
        next.Enabled.Add("dark-mode");
        return next;
    }
}
