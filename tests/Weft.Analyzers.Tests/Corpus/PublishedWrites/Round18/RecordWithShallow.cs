// WEFT0002: a record `with` copy is shallow: its list is the published record's list, so adding through the copy
// writes a collection placed inside the published object.
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
        var next = plan with { };
        next.Hosts.Add("b"); // expect: WEFT0002
    }
}
