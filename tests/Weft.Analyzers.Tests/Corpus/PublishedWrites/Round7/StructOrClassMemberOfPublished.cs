// WEFT0002: reading a member of a published report and bumping it. Counters is a class (one token apart): `t` is the published report's
// own counters object, written after the publish.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.StructOrClassMemberOfPublished;

public sealed class Counters
{
    public int Hits;
    public int Misses;
}

public sealed class Report
{
    public Counters Totals { get; init; }
    public string Name { get; init; } = "";
}

public static class ReportPublisher
{
    public static int Publish(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Report>();
        var report = new Report { Totals = new Counters { Hits = 3, Misses = 1 }, Name = "daily" };
        slot.Publish(report);
        var t = report.Totals;
        t.Hits++; // expect: WEFT0002
        return t.Hits;
    }
}
