// Quiet twin of NestedStaticOutsideLockScope: both Adds are inside the System.Threading.Lock scope (EnterScope).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.NestedStaticOutsideLockScopeQuiet;

public static class Outer
{
    public static class Names
    {
        public static readonly Lock Gate = new();
        public static readonly HashSet<string> Seen = new();
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public void Note(string host, string alias)
    {
        using (Outer.Names.Gate.EnterScope())
        {
            Outer.Names.Seen.Add(host);
            Outer.Names.Seen.Add(alias);
        }
    }
}
