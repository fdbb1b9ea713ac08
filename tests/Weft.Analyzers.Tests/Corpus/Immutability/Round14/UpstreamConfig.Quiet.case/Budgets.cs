// Quiet twin of UpstreamConfig.case: the retry budget class is sealed, so with its get-only members of immutable
// types it is deeply immutable, like the rest of the published configuration.
using System;

namespace Corpus.Immutability.R14.UpstreamConfigQuiet;

public sealed class RetryBudget
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
