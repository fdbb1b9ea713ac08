// A project of three files: the retry and timeout budget types shared by the proxy's configuration (this file), the
// upstream configuration published to every worker that holds them (UpstreamConfig.cs), and the loader on main
// (UpstreamLoader.cs). The retry budget is a class with only get-only members but is not sealed: the page (WEFT0001)
// reports a member of an unsealed type, since a derived class may add mutable state. The report is taken to sit on
// the snapshot's member (in UpstreamConfig.cs), its message naming the type. The quiet twin seals it.
using System;

namespace Corpus.Immutability.R14.UpstreamConfigDefect;

public class RetryBudget
{
    public RetryBudget(int maxRetries, double budgetRatio, TimeSpan minBackoff)
    {
        MaxRetries = maxRetries;
        BudgetRatio = budgetRatio;
        MinBackoff = minBackoff;
    }

    public int MaxRetries { get; }
    public double BudgetRatio { get; }
    public TimeSpan MinBackoff { get; }

    public bool Allows(long requests, long retries) => retries < MaxRetries && retries <= requests * BudgetRatio;
}

public sealed record TimeoutBudget(TimeSpan Connect, TimeSpan PerTry, TimeSpan Total);
