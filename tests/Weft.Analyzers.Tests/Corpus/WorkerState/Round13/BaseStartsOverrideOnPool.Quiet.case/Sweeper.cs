// A project of three files: a base sweeper starts its abstract Sweep (this file); a derived sweeper (second file)
// keeps the list its constructor is given and clears it in Sweep; worker code (third file) builds one over its list
// and starts it. The page: worker state handed to a constructor that keeps it is judged by what the kept type's own
// bodies do with it (a callback it hands to another thread), reported where it is handed.
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.WorkerState.BaseStartsOverrideOnPoolQuiet;

public abstract class Sweeper
{
    public Task Start() => Dispatcher.Current!.InvokeAsync(Sweep);

    protected abstract void Sweep();
}
