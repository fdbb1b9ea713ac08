// WEFT0004 across files: Evictor (this file) keeps the dictionary its constructor is given and clears it from a
// Task.Run; Maintenance.cs hands it a worker's dictionary. The page: judged by what the kept type's own bodies do with
// it, and reported where it is handed.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.ConstructorKeepsState;

public sealed class Evictor
{
    private readonly Dictionary<string, int> _map;

    public Evictor(Dictionary<string, int> map) => _map = map;

    public void Schedule() => Dispatcher.Current!.Post(() => _map.Clear());
}
