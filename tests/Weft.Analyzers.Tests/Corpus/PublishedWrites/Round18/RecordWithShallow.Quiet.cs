// Quiet twin of RecordWithShallow: the copy gets its own list (the page: to change it, build a new one).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed record Plan(List<string> Hosts);

public static class RecordWithShallow
{
    public static void Run(Slot<Plan> slot)
    {
        var plan = new Plan(new List<string> { "a" });
        slot.Publish(plan);
        var next = plan with { Hosts = new List<string>(plan.Hosts) };
        next.Hosts.Add("b");
        slot.Publish(next);
    }
}
