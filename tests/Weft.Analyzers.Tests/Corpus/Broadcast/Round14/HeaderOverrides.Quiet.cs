// Quiet twin of HeaderOverrides: the registry's TryGetChanges stores an ImmutableDictionary copy in its `out`
// parameter, so the broadcast hands every worker an object nobody can change.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R14.HeaderOverridesQuiet;

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
        overrides = _overrides.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
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

        await HeaderRewriter.SetOverridesOnAllWorkersAsync(pool, overrides);
        return true;
    }
}
