// C# 14 lambda with a parameter modifier and no type (`(ref total) => …`) capturing worker state, kept in a local
// and run inside Task.Run. Reading taken: reported where the pool lambda captures it or where the ref lambda does
// (#escape).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.RefLambdaOnPool;

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
        Accumulate add = (ref total) => { foreach (long s in traffic.Samples) total += s; traffic.Samples.Clear(); }; // expect: WEFT0004 #escape
        return Task.Run(() => // expect: WEFT0004 #escape
        {
            long total = 0;
            add(ref total); // expect: WEFT0004 #escape
            return total;
        });
    }
}
