// A proxy's per-route response header overrides, edited through an admin API on main and pushed to every worker's
// header rewriter with the generated SetOverridesOnAllWorkersAsync. The registry hands its overrides out through a
// TryGet-style `out` parameter, assigned its own Dictionary field: the page (WEFT0007) says a local filled only by an
// `out` argument of a helper of yours is judged by what every assignment of the helper stores there, so the broadcast
// hands every worker the registry's mutable dictionary. The quiet twin's helper stores an ImmutableDictionary copy.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R14.HeaderOverridesDefect;

public sealed class OverrideRegistry
{
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private int _version;
    private int _published;

    public void Set(string header, string value)
    {
        _overrides[header] = value;
        _version++;
    }

    public bool Remove(string header)
    {
        bool removed = _overrides.Remove(header);
        _version += removed ? 1 : 0;
        return removed;
    }

    public bool TryGetChanges([NotNullWhen(true)] out IReadOnlyDictionary<string, string>? overrides)
    {
        if (_version == _published)
        {
            overrides = null;
            return false;
        }

        _published = _version;
        overrides = _overrides;
        return true;
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HeaderRewriter
{
    private IReadOnlyDictionary<string, string> _overrides = ImmutableDictionary<string, string>.Empty;

    public void Apply(IDictionary<string, string> responseHeaders)
    {
        foreach (var (header, value) in _overrides)
        {
            responseHeaders[header] = value;
        }
    }

    [WorkerUpdate]
    public void SetOverrides(IReadOnlyDictionary<string, string> overrides) => _overrides = overrides;
}

public static class OverrideSync
{
    public static async Task<bool> PushAsync(WorkerPool pool, OverrideRegistry registry)
    {
        if (!registry.TryGetChanges(out var overrides))
        {
            return false;
        }

        await HeaderRewriter.SetOverridesOnAllWorkersAsync(pool, overrides); // expect: WEFT0007
        return true;
    }
}
