// The clean twin: every change builds a new dictionary from the last published one and publishes that (copy on
// write), and the targeted users are broadcast as an ImmutableHashSet.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.FeatureFlagServiceComponentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagEvaluator
{
    private readonly Dictionary<string, HashSet<string>> _targets = new();
    private readonly Random _random = new();

    [WorkerUpdate]
    public void Target(string flag, IReadOnlySet<string> users) => _targets[flag] = new HashSet<string>(users);

    public bool IsOn(IReadOnlyDictionary<string, int> rollout, string flag, string user)
    {
        if (_targets.TryGetValue(flag, out var users) && users.Contains(user))
        {
            return true;
        }

        return rollout.TryGetValue(flag, out var percent) && _random.Next(100) < percent;
    }
}

public sealed class FlagService
{
    private readonly WorkerPool _pool;
    private readonly Slot<Dictionary<string, int>> _rollout;
    private Dictionary<string, int> _current = new();

    public FlagService(WorkerPool pool)
    {
        _pool = pool;
        _rollout = pool.AllocateSlot<Dictionary<string, int>>();
        FlagEvaluator.Initialize(pool, _ => new FlagEvaluator());
    }

    public Task ReloadAsync(IEnumerable<KeyValuePair<string, int>> flags)
    {
        var next = new Dictionary<string, int>(_current);
        foreach (var (name, percent) in flags)
        {
            next[name] = Math.Clamp(percent, 0, 100);
        }

        _current = next;
        return _rollout.PublishAsync(next);
    }

    public Task KillAsync(string flag)
    {
        var next = new Dictionary<string, int>(_current) { [flag] = 0 };
        _current = next;
        return _rollout.PublishAsync(next);
    }

    public Task TargetAsync(string flag, IEnumerable<string> users)
    {
        var set = users.ToImmutableHashSet(StringComparer.Ordinal);
        return FlagEvaluator.TargetOnAllWorkersAsync(_pool, flag, set);
    }
}
