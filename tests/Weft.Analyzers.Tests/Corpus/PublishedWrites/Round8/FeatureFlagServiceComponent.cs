// A realistic component: a feature-flag service on main. It keeps the flags in a dictionary field and publishes
// it through a Slot; per-worker evaluators get targeted user lists broadcast. Three defects: the field's
// dictionary is published and later changed in another method (WEFT0002, published fields), the same happens to
// it above the publish on the next reload (WEFT0002), and a HashSet is broadcast to every worker (WEFT0007).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.R8.FeatureFlagServiceComponent;

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
        foreach (var (name, percent) in flags)
        {
            _current[name] = Math.Clamp(percent, 0, 100); // expect: WEFT0002
        }

        return _rollout.PublishAsync(_current);
    }

    public void Kill(string flag) => _current[flag] = 0; // expect: WEFT0002

    public Task TargetAsync(string flag, IEnumerable<string> users)
    {
        var set = new HashSet<string>(users, StringComparer.Ordinal);
        return FlagEvaluator.TargetOnAllWorkersAsync(_pool, flag, set); // expect: WEFT0007
    }
}
