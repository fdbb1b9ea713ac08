// A record published through a Slot<T> over a user type; the next version is made with `with`, which copies the
// record shallowly: its Hosts list is the one the workers already read.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.R11.WithCopySharesList;

public sealed record Plan(int Version, List<string> Hosts);

public static class Planner
{
    public static void Roll(Slot<Plan> slot)
    {
        var first = new Plan(1, ["a", "b"]);
        slot.Publish(first);
        var second = first with { Version = 2 };
        second.Hosts.Add("c"); // expect: WEFT0002
        slot.Publish(second);
    }
}
