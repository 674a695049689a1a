#!/usr/bin/env node
// Language server for any LSP client: tin-hoi-nghi-ls --stdio
'use strict';
require('./built').requireBuilt('tin-hoi-nghi-ls', 'server.js');
