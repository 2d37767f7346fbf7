"""The LLM writer: any OpenAI-compatible chat-completions server (OpenAI, Ollama, vLLM, llama.cpp server ...).

Needs the ``[llm]`` extra (the ``openai`` SDK, imported only when a call is made). Settings, ``[llm]`` table of
topline.toml (or ``TOPLINE_LLM_<KEY>``):

``base_url``         the server's OpenAI-compatible root, e.g. ``http://localhost:11434/v1`` (empty: no LLM)
``model``            the model name the server knows
``api_key_env``      name of the environment variable holding the key (unset: "not-needed" is sent)
``timeout``          total deadline in seconds for one call, retries and Retry-After waits included; the story of
                     a call that reaches it is written offline
``breaker_failures`` failed calls in a row (timeouts, 5xx, dropped connections) that switch the LLM off for the
                     rest of the edition; a success resets the count
``write_budget``     seconds of LLM writing per edition; past it, the remaining stories are written offline
``max_retries``      retries after 429, 408/409/425, 5xx or a dropped connection; a ``Retry-After`` header is
                     honoured when it fits in the deadline, otherwise the call gives up at once
``budget_calls``     requests per edition (failed ones included); past it, stories are written offline
``budget_tokens``    input + output tokens per edition (a call is not sent when its estimate would exceed it)
``temperature``      sampling temperature
``response_format``  ``json_schema`` (OpenAI, vLLM, Ollama), ``json_object`` (llama.cpp server: the schema is
                     sent inside the json_object format) or ``none`` (the shape is only described in the prompt);
                     a 400 that mentions response_format switches json_schema to json_object once
``stream``           stream the answers (default): a call past its deadline closes its connection and a server
                     that stops on a disconnect (llama.cpp's) is free for the next call; a server that rejects
                     streams gets whole requests from then on

Every sentence is checked by ``topline.check`` before it is kept; responses are cached in the store keyed
by model, prompt version and the request (article content included), so a re-run of an edition makes no calls.
"""
from topline.chat import LLMFailure
from topline.write.llm.writer import LLMWriter

__all__ = ["LLMWriter", "LLMFailure"]
