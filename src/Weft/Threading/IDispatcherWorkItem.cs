namespace Weft.Threading;

/// <summary>
/// A unit of work a dispatcher runs on its thread. Implement it on a pooled object to post with no allocation and no
/// closure: the generated posting code does exactly that.
/// </summary>
public interface IDispatcherWorkItem
{
    /// <summary>Runs the work on the dispatcher's thread. An exception goes to the dispatcher's handler; the loop goes on.</summary>
    void Execute();
}
