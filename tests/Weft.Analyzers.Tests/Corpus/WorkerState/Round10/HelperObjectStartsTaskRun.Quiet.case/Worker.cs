// Worker code hands its own dictionary to the helper (the page: "reported where it is handed").
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

namespace Corpus.WorkerState.Round10.HelperObjectStartsTaskRunQuiet;

public static class Housekeeping
{
    public static void Run()
    {
        var flusher = new Flusher(SessionCache.Current.Hits);
        flusher.Start();
    }
}
