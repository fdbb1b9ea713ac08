// A service with one shared instance (a static get-only auto-property) whose Append adds to a plain list.
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

namespace Corpus.StaticWrites.Round10.SharedInstanceServiceCall;

public sealed class AuditLog
{
    private readonly List<string> _lines = new();

    public static AuditLog Shared { get; } = new();

    public void Append(string line) => _lines.Add(line);

    public int Count => _lines.Count;
}
