// Worker code registering a handler on its own copy of the registry; reported at the call.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.SnapshotWrites.Round10.RegistryHeldBySnapshotQuiet;

public sealed class Plugin
{
    private Registry<string>? _mine;

    public int Install(string name)
    {
        var handlers = _mine ??= Settings.Current.Handlers.Copy();
        handlers.Register(name);
        return handlers.Count;
    }
}
