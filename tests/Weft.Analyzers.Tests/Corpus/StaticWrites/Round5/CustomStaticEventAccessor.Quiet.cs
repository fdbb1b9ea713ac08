// Quiet twin of CustomStaticEventAccessor: a field-like static event, whose compiler-generated add accessor is an atomic
// compare-exchange loop. Reading: a field-like event's += is not a non-atomic write (the C# spec makes it thread-safe).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.CustomStaticEventAccessorQuiet;

public static class Reloads
{
    public static event Action? Reloaded;

    public static void Raise() => Reloaded?.Invoke();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public void Subscribe() => Reloads.Reloaded += OnReload;

    private void OnReload() => _byHost.Clear();
}
