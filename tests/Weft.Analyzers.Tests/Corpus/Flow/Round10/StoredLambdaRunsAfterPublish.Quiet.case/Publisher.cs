// The plan is made over a copy, so
// running it after the publish clears only the copy. Reading taken: reported where the stored lambda is run.
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

public static class Reload
{
    public static void Run(Slot<List<string>> slot, List<string> hosts)
    {
        var deferred = new Deferred();
        deferred.Plan(new List<string>(hosts));
        slot.Publish(hosts);
        deferred.Run();
    }
}
