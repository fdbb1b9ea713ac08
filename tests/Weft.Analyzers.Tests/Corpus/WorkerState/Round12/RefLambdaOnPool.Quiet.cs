// C# 14 lambda with a parameter modifier and no type, run on the worker; only the number it computes goes to the pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.RefLambdaOnPoolQuiet;

public delegate void Accumulate(ref long total);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Traffic
{
    public List<long> Samples { get; } = [];
}

public static class Reporter
{
    public static Task<long> Sum()
    {
        var traffic = Traffic.Current;
        Accumulate add = (ref total) => { foreach (long s in traffic.Samples) total += s; traffic.Samples.Clear(); };
        long total = 0;
        add(ref total);
        return Task.Run(() => total * 2);
    }
}
