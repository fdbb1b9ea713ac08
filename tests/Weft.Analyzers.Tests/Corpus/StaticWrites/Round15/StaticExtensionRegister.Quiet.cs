// Round 15, WEFT0006 quiet twin: the static set behind the extension member is a ConcurrentDictionary used as a set.
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.StaticExtensionRegisterQuiet;

public sealed class Registry
{
    internal static readonly ConcurrentDictionary<string, byte> s_names = new();
}

public static class RegistryExtensions
{
    extension(Registry)
    {
        public static bool Register(string name) => Registry.s_names.TryAdd(name, 0);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Plugins
{
    private readonly List<string> _loaded = [];

    [WorkerUpdate]
    public void Load(string name)
    {
        _loaded.Add(name);
        Registry.Register(name);
    }
}
