// A snapshot that holds an instance of a PER-WORKER slot type (mutable by design: its dictionary is written by its
// worker) and a delegate in a writable field. WEFT0001: the per-worker type is "a member whose own type is not deeply
// immutable" (another slot type is judged by its members like any type); delegates are accepted, but a field that is
// not readonly is "a writable field" whatever its type.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.HoldsPerWorkerTypeAndDelegateField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    public Dictionary<string, int> ByHost { get; } = new();
}

[ThreadLocalSlot]
public sealed partial class RoutingSnapshot
{
    public ConnectionCache? Warmup { get; init; } // expect: WEFT0001 "Warmup"
    public Func<string, bool> Match = static _ => true; // expect: WEFT0001 "Match"
    public readonly Func<string, int> Weight = static host => host.Length;
    public Action? OnReload { get; init; }
}
