// Quiet twin of ConfigReloader: each published Settings gets its own copy of the pending values.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus6b.ConfigReloader;

public sealed class Settings
{
    private readonly Dictionary<string, string> _values;

    public Settings(Dictionary<string, string> values) => _values = values;

    public string Get(string key, string fallback) => _values.TryGetValue(key, out var value) ? value : fallback;
}

public sealed class ConfigReloader
{
    private readonly Slot<Settings> _slot;
    private readonly Dictionary<string, string> _pending = new(StringComparer.Ordinal);

    public ConfigReloader(WorkerPool pool) => _slot = pool.AllocateSlot<Settings>();

    public void Apply(string key, string value)
    {
        _pending[key] = value;
    }

    public void Reload()
    {
        _slot.Publish(new Settings(new Dictionary<string, string>(_pending, StringComparer.Ordinal)));
    }
}

public static class Program
{
    public static void Run(WorkerPool pool)
    {
        var reloader = new ConfigReloader(pool);
        reloader.Apply("upstream", "10.0.0.1:6379");
        reloader.Reload();
        reloader.Apply("timeout", "5s");
        reloader.Reload();
    }
}
