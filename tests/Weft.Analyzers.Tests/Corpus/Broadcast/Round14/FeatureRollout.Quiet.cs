// Quiet twin of FeatureRollout: the plan's cohorts are an ImmutableArray<string>, so the plan every worker reads is
// deeply immutable.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft.Slots;

namespace Corpus.Broadcast.R14.FeatureRolloutQuiet;

public sealed record RolloutPlan(string Feature, double Percent, ImmutableArray<string> Cohorts, DateTimeOffset Starts);

public sealed class FeatureFlags
{
    private readonly Dictionary<string, (double Percent, HashSet<string> Cohorts)> _rollouts = new(StringComparer.Ordinal);

    public void Apply(RolloutPlan plan) =>
        _rollouts[plan.Feature] = (plan.Percent, new HashSet<string>(plan.Cohorts, StringComparer.Ordinal));

    public bool IsOn(string feature, string user, string cohort)
    {
        if (!_rollouts.TryGetValue(feature, out var rollout))
        {
            return false;
        }

        if (rollout.Cohorts.Contains(cohort))
        {
            return true;
        }

        uint bucket = (uint)StringComparer.Ordinal.GetHashCode(feature + "/" + user) % 10000;
        return bucket < rollout.Percent * 100;
    }
}

public sealed class RolloutService
{
    private readonly Slot<FeatureFlags> _flags;
    private readonly List<string> _history = new();

    public RolloutService(Slot<FeatureFlags> flags) => _flags = flags;

    public IReadOnlyList<string> History => _history;

    public void Roll(string feature, double percent, IEnumerable<string> cohorts, DateTimeOffset starts)
    {
        if (percent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent));
        }

        var plan = new RolloutPlan(feature, percent, cohorts.Distinct(StringComparer.Ordinal).ToImmutableArray(), starts);
        _flags.RunOnAllThreads(
            static (flags, p) => flags.Apply(p),
            plan,
            () => _history.Add($"{feature} at {percent}%"));
    }
}
