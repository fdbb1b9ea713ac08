// WEFT0005: a lambda reading Current kept in an array of delegates, invoked inside Task.Run (M2's collection form for
// WEFT0005). #escape on the lambda and the invocation.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.ReaderArrayRunOnPool;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int PerSecond { get; init; }
}

public static class Report
{
    public static Task<int> ReadAsync()
    {
        Func<int>[] readers = [() => Limits.Current.PerSecond]; // expect: WEFT0005 #escape
        return Task.Run(() => readers[0]()); // expect: WEFT0005 #escape
    }
}
