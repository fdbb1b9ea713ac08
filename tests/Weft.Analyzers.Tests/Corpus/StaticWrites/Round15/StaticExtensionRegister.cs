// Round 15, WEFT0006 through a C# 14 extension block's static member: `Registry.Register(name)` reads like a static
// method of Registry but is declared in an extension block over it, and adds to a static plain HashSet. A [WorkerUpdate]
// calls it. The page: a member of a C# 14 extension block is a helper anybody may call, reported at the worker code's
// call.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.StaticExtensionRegister;

public sealed class Registry
{
    internal static readonly HashSet<string> s_names = [];
}

public static class RegistryExtensions
{
    extension(Registry)
    {
        public static bool Register(string name) => Registry.s_names.Add(name);
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
        Registry.Register(name); // expect: WEFT0006
    }
}
