// Quiet twin of InterfaceTypedStaticDictionary: the same IDictionary<,> field holds a ConcurrentDictionary.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.InterfaceTypedStaticDictionaryQuiet;

public static class Hits
{
    private static readonly IDictionary<string, int> s_lastStatus = new ConcurrentDictionary<string, int>();

    public static void Record(Dispatcher worker, string host, int status) =>
        worker.Post(() => s_lastStatus[host] = status);
}
