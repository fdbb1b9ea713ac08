// Quiet twin of TupleListDeconstructed: the probes run on the loop; only their results go to the pool.
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
            ("batch", () => Limits.Current.MaxBatch),
        };
        var lines = new List<string>();
        foreach (var (name, probe) in probes)
            lines.Add(name + probe());
        string[] done = lines.ToArray();
        return Task.Run(() =>
        {
            foreach (var line in done)
                Console.WriteLine(line);
        });
    }
}
