// The plan is made over the list that is then published, and run after the publish. Reading taken: reported where the stored lambda is run.
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

namespace Corpus.Flow.Round10.StoredLambdaRunsAfterPublish;

public static class Reload
{
    public static void Run(Slot<List<string>> slot, List<string> hosts)
    {
        var deferred = new Deferred();
        deferred.Plan(hosts);
        slot.Publish(hosts);
        deferred.Run(); // expect: WEFT0002
    }
}
