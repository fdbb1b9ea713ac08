// A project of several files: an accumulator with a C# 14 `operator +=` that adds with Interlocked.Add lives here;
// Totals.cs applies it to a captured instance in an update run on every worker: each addition is atomic.
using System.Threading;

namespace Corpus.R12.OperatorElsewhereQuiet;

public sealed class Sum
{
    public long Value;

    public void operator +=(long amount) => Interlocked.Add(ref Value, amount);
}
