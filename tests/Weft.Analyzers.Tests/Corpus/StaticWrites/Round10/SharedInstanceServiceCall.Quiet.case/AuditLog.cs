// A service with one shared instance (a static get-only auto-property) whose Append enqueues to a
// concurrent queue.
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

namespace Corpus.StaticWrites.Round10.SharedInstanceServiceCallQuiet;

public sealed class AuditLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public static AuditLog Shared { get; } = new();

    public void Append(string line) => _lines.Enqueue(line);

    public int Count => _lines.Count;
}
