// Application-style: a feature-flag service. Flags are an immutable snapshot; per-worker overrides (for canaries) are
// pushed with a generated [WorkerUpdate] broadcast; the list of enabled flag names is published through a user slot
// as a read-only view. Defects: the overrides go out as a Dictionary (WEFT0007), and the list behind the published
// read-only view is appended to afterwards (WEFT0002).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Idioms.R9.FeatureFlagService;

public sealed record Flag(string Name, bool Enabled, double Rollout);

[ThreadLocalSlot]
public sealed partial class FlagSet
{
    public ImmutableDictionary<string, Flag> Flags { get; init; } = ImmutableDictionary<string, Flag>.Empty;

    public bool IsOn(string name, int bucket) =>
        Flags.GetValueOrDefault(name) is { Enabled: true, Rollout: var rollout } && bucket < rollout * 100;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagOverrides
{
    private readonly Dictionary<string, bool> _forced = new();

    public bool? Forced(string name) => _forced.TryGetValue(name, out bool on) ? on : null;

    [WorkerUpdate]
    private void Force(IReadOnlyDictionary<string, bool> forced)
    {
        _forced.Clear();
        foreach (var (name, on) in forced)
        {
            _forced[name] = on;
        }
    }
}

public sealed class FlagAdmin(WorkerPool pool, Slot<ReadOnlyCollection<string>> enabledNames)
{
    public async Task LoadAsync(IEnumerable<Flag> flags, CancellationToken cancellationToken)
    {
        ImmutableDictionary<string, Flag> byName = flags
            .Where(f => !string.IsNullOrWhiteSpace(f.Name))
            .ToImmutableDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        await FlagSet.PublishAsync(pool, new FlagSet { Flags = byName });

        List<string> names = byName.Values.Where(f => f.Enabled).Select(f => f.Name).Order().ToList();
        if (names.Count == 0)
        {
            names.Add("(none)");
        }

        enabledNames.Publish(names.AsReadOnly());

        cancellationToken.ThrowIfCancellationRequested();
    }

    public Task ForceForCanaryAsync(IEnumerable<(string Name, bool On)> overrides)
    {
        ImmutableDictionary<string, bool> forced = overrides.ToImmutableDictionary(o => o.Name, o => o.On);
        return FlagOverrides.ForceOnAllWorkersAsync(pool, forced);
    }
}
