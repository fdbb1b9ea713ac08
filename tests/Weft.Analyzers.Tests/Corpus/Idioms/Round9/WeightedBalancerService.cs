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
        var template = new PickerState();
        template.Reset(initial);
        _slot.Set(dispatcher => template); // expect: WEFT0008
    }

    public string? Pick() => _slot.Get().Next();

    public Task UpdateAsync(IEnumerable<Upstream> upstreams)
    {
        Upstream[] weights = upstreams.OrderBy(u => u.Address, StringComparer.Ordinal).ToArray();
        return _slot.RunOnAllThreadsAsync((state, w) => state.Reset(w), weights); // expect: WEFT0007
    }

    public void Dispose() => _slot.Dispose();
}
