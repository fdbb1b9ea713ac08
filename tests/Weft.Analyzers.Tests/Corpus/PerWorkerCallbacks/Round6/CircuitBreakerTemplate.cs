// Per-worker circuit breakers, one per upstream, initialised from a template. Defect: a small generic cache helper
// hands back the same template instance on each call, and the factory returns it — every worker shares one
// breaker set (WEFT0008: the factory returns a captured instance, reached through a helper).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus6b.CircuitBreakerTemplate;

public sealed class Cached<T> where T : class
{
    private readonly Func<T> _create;
    private T? _value;

    public Cached(Func<T> create) => _create = create;

    public T Value => _value ??= _create();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Breakers
{
    private readonly Dictionary<string, int> _failures;

    public Breakers(IEnumerable<string> upstreams)
    {
        _failures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string upstream in upstreams) _failures[upstream] = 0;
    }

    private Breakers(Dictionary<string, int> failures) => _failures = failures;

    public Breakers Clone() => new(new Dictionary<string, int>(_failures, StringComparer.Ordinal));

    public bool Allow(string upstream) => _failures.GetValueOrDefault(upstream) < 5;

    public void Fail(string upstream) => _failures[upstream] = _failures.GetValueOrDefault(upstream) + 1;
}

public static class BreakerSetup
{
    public static void Install(WorkerPool pool, string[] upstreams)
    {
        var template = new Cached<Breakers>(() => new Breakers(upstreams));
        Breakers.Initialize(pool, _ => template.Value); // expect: WEFT0008
    }
}
