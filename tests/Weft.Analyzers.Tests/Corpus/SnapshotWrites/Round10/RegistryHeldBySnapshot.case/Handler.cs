// Worker code registering a handler on the shared registry; reported at the call.
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

namespace Corpus.SnapshotWrites.Round10.RegistryHeldBySnapshot;

public sealed class Plugin
{
    private Registry<string>? _mine;

    public int Install(string name)
    {
        var handlers = Settings.Current.Handlers;
        handlers.Register(name); // expect: WEFT0003
        return handlers.Count;
    }
}
