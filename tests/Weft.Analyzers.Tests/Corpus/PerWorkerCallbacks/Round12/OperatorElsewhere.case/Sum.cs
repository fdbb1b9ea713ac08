// A project of several files: an accumulator with a C# 14 `operator +=` that adds in place with a plain `+=` lives
// here; Totals.cs applies it to a captured instance in an update run on every worker. Reading taken: the operator's
// body is in another file, so the report is at the callback's `+=` (cross-file: one place).
namespace Corpus.R12.OperatorElsewhere;

public sealed class Sum
{
    public long Value;

    public void operator +=(long amount) => Value += amount;
}
