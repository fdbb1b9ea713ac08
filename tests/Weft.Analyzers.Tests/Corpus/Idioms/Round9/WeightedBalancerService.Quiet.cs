// Application-style: a weighted upstream picker written on the Slot<T> API directly (no generator). Each worker keeps
// its own smooth-weighted-round-robin state; new weights are pushed with RunOnAllThreadsAsync<TState>. Defects: the
// per-worker factory hands every worker the one template instance (WEFT0008), and the weights go out as a mutable
// array (WEFT0007).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Idioms.R9.WeightedBalancerService;

public readonly record struct Upstream(string Address, int Weight);

public sealed class PickerState
{
    private readonly Dictionary<string, int> _current = new();
    private ImmutableArray<Upstream> _upstreams = ImmutableArray<Upstream>.Empty;

    public void Reset(IEnumerable<Upstream> upstreams)
    {
        _upstreams = upstreams.Where(u => u.Weight > 0).ToImmutableArray();
        _current.Clear();
    }

    public string? Next()
    {
        if (_upstreams.IsDefaultOrEmpty)
        {
            return null;
        }

        int total = 0;
        Upstream best = default;
        int bestScore = int.MinValue;
        foreach (Upstream upstream in _upstreams)
        {
            int score = _current.GetValueOrDefault(upstream.Address) + upstream.Weight;
            _current[upstream.Address] = score;
            total += upstream.Weight;
            if (score > bestScore)
            {
                (best, bestScore) = (upstream, score);
            }
        }

        _current[best.Address] -= total;
        return best.Address;
    }
}

public sealed class WeightedBalancer : IDisposable
{
    private readonly Slot<PickerState> _slot;

    public WeightedBalancer(WorkerPool pool, IEnumerable<Upstream> initial)
    {
        _slot = pool.AllocateSlot<PickerState>();
        ImmutableArray<Upstream> start = initial.ToImmutableArray();
        _slot.Set(dispatcher =>
        {
            var state = new PickerState();
            state.Reset(start);
            return state;
        });
    }

    public string? Pick() => _slot.Get().Next();

    public Task UpdateAsync(IEnumerable<Upstream> upstreams)
    {
        ImmutableArray<Upstream> weights = upstreams.OrderBy(u => u.Address, StringComparer.Ordinal).ToImmutableArray();
        return _slot.RunOnAllThreadsAsync((state, w) => state.Reset(w), weights);
    }

    public void Dispose() => _slot.Dispose();
}
