// A project of two files: a class in this file keeps its primary-constructor list (a hidden field) and hands it to
// Task.Run in its own method; worker code in the other file constructs it over the worker's list. Reported where the
// worker's state is handed to the constructor.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.R11.PrimaryCtorTrimmer;

public sealed class Trimmer(List<string> recent)
{
    public Task TrimLater() => Task.Run(() => recent.RemoveAll(static line => line.Length == 0));
}
