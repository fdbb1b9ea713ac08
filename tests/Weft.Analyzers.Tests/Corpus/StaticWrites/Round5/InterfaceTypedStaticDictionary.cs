// WEFT0006: a static field typed as IDictionary<,> holds a plain Dictionary; a posted callback sets an entry through the
// interface's indexer. Reading: what the field holds (the initializer) decides, not the declared interface type.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.InterfaceTypedStaticDictionary;

public static class Hits
{
    private static readonly IDictionary<string, int> s_lastStatus = new Dictionary<string, int>();

    public static void Record(Dispatcher worker, string host, int status) =>
        worker.Post(() => s_lastStatus[host] = status); // expect: WEFT0006
}
