// A helper that stores a lambda over the list it was given in a field (Plan) and runs it from another method (Run).
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

namespace Corpus.Flow.Round10.StoredLambdaRunsAfterPublishQuiet;

public sealed class Deferred
{
    private Action? _pending;

    public void Plan(List<string> hosts) => _pending = () => hosts.Clear();

    public void Run() => _pending?.Invoke();
}
