// Quiet twin: the `with` copy gets a new list built by a spread of the old one.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.WithCopySharesListQuiet;

public sealed record Plan(int Version, List<string> Hosts);

public static class Planner
{
    public static void Roll(Slot<Plan> slot)
    {
        var first = new Plan(1, ["a", "b"]);
        slot.Publish(first);
        var second = first with { Version = 2, Hosts = [.. first.Hosts, "c"] };
        slot.Publish(second);
    }
}
