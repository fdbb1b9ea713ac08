using System;
using System.Collections.Generic;

namespace Corpus.WorkerState.R9.DelegateBuiltElsewhere;

public static class Jobs
{
    public static Action Forget(Dictionary<string, int> map, string key) => () => map.Remove(key);
}
