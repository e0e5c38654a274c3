namespace Commerce.Core.Common;

/// <summary>Thrown when an operation would break a domain invariant. A bug or tampering, never an expected outcome.</summary>
public sealed class DomainException(string message) : Exception(message);
