// WEFT0005: delegates kept in a list of tuples, read back by `foreach` with deconstruction inside Task.Run: the
// lambda's Current read (same file) is reported at the read.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public static class TupleListDeconstructed
{
    public static Task Run()
    {
        var probes = new List<(string Name, Func<int> Probe)>
        {
            ("batch", () => Limits.Current.MaxBatch), // expect: WEFT0005
        };
        return Task.Run(() =>
        {
            foreach (var (name, probe) in probes)
                Console.WriteLine(name + probe());
        });
    }
}
