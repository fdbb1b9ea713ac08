// Quiet twin of SettingsIndexerWrite: the override is applied before the publish.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus6b.SettingsIndexerWrite;

public sealed class Settings
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string key]
    {
        get => _values.TryGetValue(key, out var v) ? v : null;
        set
        {
            if (value is null) _values.Remove(key);
            else _values[key] = value;
        }
    }
}

public sealed class SettingsLoader
{
    private readonly Slot<Settings> _slot;

    public SettingsLoader(WorkerPool pool) => _slot = pool.AllocateSlot<Settings>();

    public void Load(IEnumerable<(string Key, string Value)> pairs, string? overrideTimeout)
    {
        var settings = new Settings();
        foreach (var (key, value) in pairs) settings[key] = value;
        if (overrideTimeout is not null) settings["timeout"] = overrideTimeout;
        _slot.Publish(settings);
    }
}
