using System.Collections.Generic;
using Weft;

namespace Corpus.R12.LockInOtherPart;

public sealed partial class Tally
{
    [WorkerUpdate]
    public void Hit(string host)
    {
        s_byHost[host] = s_byHost.GetValueOrDefault(host) + 1; // expect: WEFT0006
    }
}
